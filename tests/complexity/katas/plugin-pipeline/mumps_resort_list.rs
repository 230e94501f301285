// learner: slow
// idiom: MUMPS: one flat list of (ORDER,SEQ,plugin); the name clash check is a find(|..| name == ..) walk, and the list is re-sorted after every registration
// why: register scans all p names and re-sorts the list: O(p log p) per call (O(p^2 log p) to build), remove scans and shifts: O(p)

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
    plugins: Vec<(i32, u64, Box<dyn Transform>)>,
    sq: u64,
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
        if self.plugins.iter().any(|e| e.2.name() == plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        self.sq += 1;
        self.plugins.push((order, self.sq, plugin));
        self.plugins.sort_by_key(|e| (e.0, e.1));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.plugins.iter().position(|e| e.2.name() == name) {
            Some(i) => {
                self.plugins.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.iter().map(|e| e.2.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut r = record;
        for (i, e) in self.plugins.iter().enumerate() {
            if let Err(m) = e.2.apply(&mut r) {
                return Err(PipelineError { plugin: e.2.name().to_string(), position: i, message: m });
            }
        }
        Ok(r)
    }
}
