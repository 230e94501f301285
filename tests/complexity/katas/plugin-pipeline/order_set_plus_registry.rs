// learner: optimal
// idiom: Groovy/Gradle build engineer: a name -> plugin registry (HashMap, like project.plugins) plus a BTreeSet of (order, seq, name) as the execution order, run with a for loop that looks each name up
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

use std::collections::{BTreeSet, HashMap};

struct Registered {
    order: i32,
    seq: u64,
    plugin: Box<dyn Transform>,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    registry: HashMap<String, Registered>,
    execution_order: BTreeSet<(i32, u64, String)>,
    counter: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.registry.len()
    }

    pub fn is_empty(&self) -> bool {
        self.registry.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_owned();
        if self.registry.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let seq = self.counter;
        self.counter += 1;
        self.execution_order.insert((order, seq, name.clone()));
        self.registry.insert(name, Registered { order, seq, plugin });
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        if let Some(gone) = self.registry.remove(name) {
            self.execution_order.remove(&(gone.order, gone.seq, name.to_owned()));
            true
        } else {
            false
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.execution_order.iter().map(|(_, _, name)| name.as_str()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (position, (_, _, name)) in self.execution_order.iter().enumerate() {
            let plugin = &self.registry[name].plugin;
            plugin.apply(&mut record).map_err(|message| PipelineError {
                plugin: name.clone(),
                position,
                message,
            })?;
        }
        Ok(record)
    }
}
