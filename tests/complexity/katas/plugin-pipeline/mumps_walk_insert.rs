// learner: slow
// idiom: MUMPS: a flat array kept in order by hand: register $ORDER-walks the list with a FOR loop checking names and finding the slot, then inserts there (tail shifted); remove walks the same way
// why: each register/remove is a linear walk plus a Vec insert/remove shift: O(p) per call, O(p^2) to build a pipeline of p plugins

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
    plugins: Vec<(i32, Box<dyn Transform>)>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plugins.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let mut at = self.plugins.len();
        let mut i = 0;
        while i < self.plugins.len() {
            let (od, p) = &self.plugins[i];
            if p.name() == plugin.name() {
                return Err(RegisterError::DuplicateName(plugin.name().to_string()));
            }
            // first slot with a bigger ORDER; equal orders go after (registration order)
            if at == self.plugins.len() && *od > order {
                at = i;
            }
            i += 1;
        }
        self.plugins.insert(at, (order, plugin));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let mut i = 0;
        while i < self.plugins.len() {
            if self.plugins[i].1.name() == name {
                self.plugins.remove(i);
                return true;
            }
            i += 1;
        }
        false
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.iter().map(|(_, p)| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut r = record;
        let mut i = 0;
        while i < self.plugins.len() {
            let p = &self.plugins[i].1;
            if let Err(m) = p.apply(&mut r) {
                return Err(PipelineError { plugin: p.name().to_string(), position: i, message: m });
            }
            i += 1;
        }
        Ok(r)
    }
}
