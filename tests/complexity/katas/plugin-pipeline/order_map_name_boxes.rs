// learner: optimal
// idiom: BTreeMap (order, seq) -> name for ordering, HashMap name -> (key, Box) owning the plugins, while-let over the iterator
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

use std::collections::HashMap;

type Key = (i32, u64);

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    ordering: BTreeMap<Key, String>,
    plugins: HashMap<String, (Key, Box<dyn Transform>)>,
    registrations: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plugins.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        use std::collections::hash_map::Entry;
        let name = plugin.name().to_string();
        match self.plugins.entry(name.clone()) {
            Entry::Occupied(_) => Err(RegisterError::DuplicateName(name)),
            Entry::Vacant(slot) => {
                let key = (order, self.registrations);
                self.registrations += 1;
                slot.insert((key, plugin));
                self.ordering.insert(key, name);
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let removed = self.plugins.remove(name);
        if let Some((key, _)) = &removed {
            self.ordering.remove(key);
        }
        removed.is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        self.ordering.values().map(String::as_str).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut it = self.ordering.values().enumerate();
        while let Some((position, name)) = it.next() {
            let (_, plugin) = &self.plugins[name];
            plugin.apply(&mut rec).map_err(|message| PipelineError {
                plugin: name.clone(),
                position,
                message,
            })?;
        }
        Ok(rec)
    }
}
