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

    /// Number of registered plugins.
    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plugins.is_empty()
    }

    /// Adds a plugin at `order`: scans all names for a clash, then re-sorts the whole list.
    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        for (_, p) in &self.plugins {
            if p.name() == plugin.name() {
                return Err(RegisterError::DuplicateName(plugin.name().to_string()));
            }
        }
        self.plugins.push((order, plugin));
        self.plugins.sort_by_key(|(o, _)| *o); // stable: equal orders keep registration order
        Ok(())
    }

    /// Removes the plugin called `name`; returns whether there was one.
    pub fn remove(&mut self, name: &str) -> bool {
        for i in 0..self.plugins.len() {
            if self.plugins[i].1.name() == name {
                self.plugins.remove(i);
                return true;
            }
        }
        false
    }

    /// Plugin names in execution order.
    pub fn names(&self) -> Vec<&str> {
        self.plugins.iter().map(|(_, p)| p.name()).collect()
    }

    /// Applies every plugin in order; stops at the first failure.
    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (position, (_, plugin)) in self.plugins.iter().enumerate() {
            if let Err(message) = plugin.apply(&mut record) {
                return Err(PipelineError { plugin: plugin.name().to_string(), position, message });
            }
        }
        Ok(record)
    }
}
