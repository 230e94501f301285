// learner: optimal
// idiom: plugins held as Rc<dyn Transform> shared by a BTreeMap<(order, seq)> and a HashMap name -> (key, Rc); run is a try_fold over the enumerated values threading the record
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::rc::Rc;

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

type Key = (i32, u64);

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    seq: u64,
    by_key: BTreeMap<Key, Rc<dyn Transform>>,
    by_name: HashMap<String, Key>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of registered plugins.
    pub fn len(&self) -> usize {
        self.by_key.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }

    /// Adds a plugin at `order`. Fails, changing nothing, if its name is taken. O(log p).
    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let plugin: Rc<dyn Transform> = Rc::from(plugin);
        let name = plugin.name().to_owned();
        if self.by_name.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let key = (order, self.seq);
        self.seq += 1;
        self.by_name.insert(name, key);
        self.by_key.insert(key, plugin);
        Ok(())
    }

    /// Removes the plugin called `name`; returns whether there was one. O(log p).
    pub fn remove(&mut self, name: &str) -> bool {
        self.by_name
            .remove(name)
            .and_then(|key| self.by_key.remove(&key))
            .is_some()
    }

    /// Plugin names in execution order.
    pub fn names(&self) -> Vec<&str> {
        self.by_key.values().map(|p| p.name()).collect()
    }

    /// Applies every plugin in order. Stops at the first failure and reports which plugin
    /// failed and where. O(p) plus the plugins' own work.
    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.by_key.values().enumerate().try_fold(record, |mut rec, (position, plugin)| {
            plugin.apply(&mut rec).map(|()| rec).map_err(|message| PipelineError {
                plugin: plugin.name().to_string(),
                position,
                message,
            })
        })
    }
}
