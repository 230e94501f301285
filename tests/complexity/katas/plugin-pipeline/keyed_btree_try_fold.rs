// learner: optimal
// idiom: Agda/proof-assistant researcher: a Key newtype (order, ticket) whose derived lexicographic Ord is the specification of execution order; BTreeMap<Key, plugin> plus HashMap<name, Key>; run as a try_fold over the enumerated plugins
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

/// Execution position: by `order`, ties broken by registration `ticket` (strictly increasing).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Key {
    order: i32,
    ticket: u64,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
///
/// Invariant: `by_name` and `plugins` are inverse bijections between names and keys.
#[derive(Default)]
pub struct Pipeline {
    plugins: BTreeMap<Key, Box<dyn Transform>>,
    by_name: HashMap<String, Key>,
    next_ticket: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of registered plugins.
    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plugins.is_empty()
    }

    /// Adds a plugin at `order`. Fails, changing nothing, if its name is taken. O(log p).
    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_owned();
        if self.by_name.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let key = Key { order, ticket: self.next_ticket };
        self.next_ticket += 1;
        self.by_name.insert(name, key);
        self.plugins.insert(key, plugin);
        Ok(())
    }

    /// Removes the plugin called `name`; returns whether there was one. O(log p).
    pub fn remove(&mut self, name: &str) -> bool {
        self.by_name
            .remove(name)
            .map(|key| self.plugins.remove(&key))
            .is_some()
    }

    /// Plugin names in execution order.
    pub fn names(&self) -> Vec<&str> {
        self.plugins.values().map(|p| p.name()).collect()
    }

    /// Applies every plugin in order. Stops at the first failure and reports which plugin
    /// failed and where. O(p) plus the plugins' own work.
    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.plugins.values().enumerate().try_fold(record, |mut rec, (position, p)| {
            p.apply(&mut rec).map(|()| rec).map_err(|message| PipelineError {
                plugin: p.name().to_owned(),
                position,
                message,
            })
        })
    }
}
