// learner: slow
// idiom: spreadsheet power user: one table of rows (order, row number, plugin); register checks the name column top to bottom, appends, then re-sorts the table like pressing Sort A-Z; remove finds the row and deletes it
// why: register is O(p log p) (linear name scan + full re-sort) vs O(log p); remove is O(p) (linear scan + Vec::remove shift) vs O(log p); building p plugins costs O(p^2 log p)
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
    table: Vec<(i32, u64, Box<dyn Transform>)>,
    counter: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of registered plugins.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Adds a plugin at `order`. Fails, changing nothing, if its name is taken.
    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        for row in &self.table {
            if row.2.name() == plugin.name() {
                return Err(RegisterError::DuplicateName(plugin.name().to_string()));
            }
        }
        self.table.push((order, self.counter, plugin));
        self.counter += 1;
        self.table.sort_by_key(|row| (row.0, row.1));
        Ok(())
    }

    /// Removes the plugin called `name`; returns whether there was one.
    pub fn remove(&mut self, name: &str) -> bool {
        for i in 0..self.table.len() {
            if self.table[i].2.name() == name {
                self.table.remove(i);
                return true;
            }
        }
        false
    }

    /// Plugin names in execution order.
    pub fn names(&self) -> Vec<&str> {
        let mut list = Vec::new();
        for row in &self.table {
            list.push(row.2.name());
        }
        list
    }

    /// Applies every plugin in order. Stops at the first failure and reports which plugin
    /// failed and where.
    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        for i in 0..self.table.len() {
            let plugin = &self.table[i].2;
            if let Err(message) = plugin.apply(&mut record) {
                return Err(PipelineError { plugin: plugin.name().to_string(), position: i, message });
            }
        }
        Ok(record)
    }
}
