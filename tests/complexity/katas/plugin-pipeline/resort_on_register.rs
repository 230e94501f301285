// learner: slow
// idiom: Lisp Machine nostalgic: a plain list of (order seq plugin) entries, member-style scan for the name, and a (stable) sort after every push
// why: Pipeline::register is O(p log p) (linear name scan + re-sort per call) and remove is O(p) (position scan + Vec::remove) vs the O(log p) targets; O(p^2 log p) to build a pipeline
//! An ordered plugin pipeline for client-specific transforms: see README.md.
use std::collections::BTreeMap;
use std::fmt;

/// A record flowing through the pipeline: field name -> value.
pub type Record = BTreeMap<String, String>;

/// One client-specific customisation, kept out of the core code.
pub trait Transform {
    fn name(&self) -> &str;
    fn apply(&self, record: &mut Record) -> Result<(), String>;
}

/// A plugin failed while running a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipelineError {
    pub plugin: String,
    pub position: usize,
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
    DuplicateName(String),
}

#[derive(Default)]
pub struct Pipeline {
    entries: Vec<(i32, Box<dyn Transform>)>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.entries.iter().any(|(_, p)| p.name() == plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        self.entries.push((order, plugin));
        // stable: equal orders keep registration order
        self.entries.sort_by_key(|(o, _)| *o);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.entries.iter().position(|(_, p)| p.name() == name) {
            Some(i) => {
                self.entries.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.entries.iter().map(|(_, p)| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        for (position, (_, plugin)) in self.entries.iter().enumerate() {
            plugin.apply(&mut rec).map_err(|message| PipelineError {
                plugin: plugin.name().to_string(),
                position,
                message,
            })?;
        }
        Ok(rec)
    }
}
