// learner: optimal
// idiom: Agda/proof-assistant researcher: both indices as ordered maps (BTreeMap<(i32, u64), plugin> and BTreeMap<String, (i32, u64)>), remove via Option::and_then chaining, run as a plain loop over a zipped position counter with `?`
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
    stage: BTreeMap<(i32, u64), Box<dyn Transform>>,
    index: BTreeMap<String, (i32, u64)>,
    clock: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of registered plugins.
    pub fn len(&self) -> usize {
        debug_assert_eq!(self.stage.len(), self.index.len());
        self.stage.len()
    }

    pub fn is_empty(&self) -> bool {
        self.stage.is_empty()
    }

    /// Adds a plugin at `order`. Fails, changing nothing, if its name is taken. O(log p).
    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        use std::collections::btree_map::Entry;
        match self.index.entry(plugin.name().to_string()) {
            Entry::Occupied(e) => Err(RegisterError::DuplicateName(e.key().clone())),
            Entry::Vacant(e) => {
                let key = (order, self.clock);
                self.clock += 1;
                e.insert(key);
                self.stage.insert(key, plugin);
                Ok(())
            }
        }
    }

    /// Removes the plugin called `name`; returns whether there was one. O(log p).
    pub fn remove(&mut self, name: &str) -> bool {
        let stage = &mut self.stage;
        self.index.remove(name).and_then(|key| stage.remove(&key)).is_some()
    }

    /// Plugin names in execution order.
    pub fn names(&self) -> Vec<&str> {
        self.stage.values().map(|p| p.name()).collect()
    }

    /// Applies every plugin in order. Stops at the first failure and reports which plugin
    /// failed and where. O(p) plus the plugins' own work.
    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (position, plugin) in (0usize..).zip(self.stage.values()) {
            plugin.apply(&mut record).map_err(|message| PipelineError {
                plugin: plugin.name().to_string(),
                position,
                message,
            })?;
        }
        Ok(record)
    }
}
