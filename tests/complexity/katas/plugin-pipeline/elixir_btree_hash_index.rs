// learner: optimal
// idiom: elixir: BTreeMap keyed by {order, seq} tuple plus a HashMap name index; run is a for loop with early return via `?`
// why: BTreeMap insert/remove are O(log p), the name index is O(1) expected; run iterates the map in order once: O(p) time, O(1) extra
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::HashMap;
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
    plugins: BTreeMap<(i32, u64), Box<dyn Transform>>,
    keys: HashMap<String, (i32, u64)>,
    seq: u64,
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
        let name = plugin.name().to_string();
        if self.keys.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let key = (order, self.seq);
        self.seq += 1;
        self.keys.insert(name, key);
        self.plugins.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.keys.remove(name) {
            Some(key) => self.plugins.remove(&key).is_some(),
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (position, plugin) in self.plugins.values().enumerate() {
            plugin.apply(&mut record).map_err(|message| PipelineError {
                plugin: plugin.name().to_string(),
                position,
                message,
            })?;
        }
        Ok(record)
    }
}
