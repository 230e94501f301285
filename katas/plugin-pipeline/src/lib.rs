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
    // Choose your representation: register/remove in O(log p), run in O(p).
    // (Box<dyn Transform> is the element type you will store.)
    plugins: Vec<Box<dyn Transform>>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of registered plugins.
    pub fn len(&self) -> usize {
        todo!("len")
    }

    pub fn is_empty(&self) -> bool {
        todo!("is_empty")
    }

    /// Adds a plugin at `order`. Fails, changing nothing, if its name is taken. O(log p).
    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        todo!("register {:?} at order {order}", plugin.name())
    }

    /// Removes the plugin called `name`; returns whether there was one. O(log p).
    pub fn remove(&mut self, name: &str) -> bool {
        todo!("remove({name:?})")
    }

    /// Plugin names in execution order.
    pub fn names(&self) -> Vec<&str> {
        todo!("names of {} plugins", self.plugins.len())
    }

    /// Applies every plugin in order. Stops at the first failure and reports which plugin
    /// failed and where. O(p) plus the plugins' own work.
    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        todo!("run {record:?}")
    }
}
