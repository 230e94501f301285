// learner: slow
// why: Pipeline::register is O(p) time, target O(log p): linear walk for the name and the insertion point, then Vec::insert shifts the tail
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::BTreeMap;
use std::fmt;

/// A record flowing through the pipeline: field name -> value.
pub type Record = BTreeMap<String, String>;

/// One client-specific customisation, kept out of the core code.
pub trait Transform {
    /// A name unique within a pipeline; error messages use it.
    fn name(&self) -> &str;
    /// Transforms the record in place, or explains why it cannot.
    fn apply(&self, record: &mut Record) -> Result<(), String>;
}

/// A plugin failed while running a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipelineError {
    /// The failing plugin's name.
    pub plugin: String,
    /// Its 0-based position in execution order.
    pub position: usize,
    /// The plugin's own message.
    pub message: String,
}

impl fmt::Display for PipelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "plugin #{} `{}` failed: {}", self.position, self.plugin, self.message)
    }
}

impl std::error::Error for PipelineError {}

/// Why a plugin could not be registered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterError {
    /// A plugin with this name is already registered.
    DuplicateName(String),
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    ord: Vec<i32>,
    plg: Vec<Box<dyn Transform>>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.plg.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plg.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let n = self.plg.len();
        let mut at = n;
        for i in 0..n {
            if self.plg[i].name() == plugin.name() {
                return Err(RegisterError::DuplicateName(plugin.name().to_string()));
            }
            if at == n && self.ord[i] > order {
                at = i;
            }
        }
        self.ord.insert(at, order);
        self.plg.insert(at, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let n = self.plg.len();
        for i in 0..n {
            if self.plg[i].name() == name {
                self.ord.remove(i);
                self.plg.remove(i);
                return true;
            }
        }
        false
    }

    pub fn names(&self) -> Vec<&str> {
        let mut v = Vec::with_capacity(self.plg.len());
        for i in 0..self.plg.len() {
            v.push(self.plg[i].name());
        }
        v
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut r = record;
        for i in 0..self.plg.len() {
            if let Err(m) = self.plg[i].apply(&mut r) {
                return Err(PipelineError { plugin: self.plg[i].name().to_string(), position: i, message: m });
            }
        }
        Ok(r)
    }
}
