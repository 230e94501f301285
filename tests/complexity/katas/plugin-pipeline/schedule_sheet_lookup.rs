// learner: optimal
// idiom: spreadsheet power user: two sheets — a "schedule" BTreeMap<(order, row number), name> that is the sorted run list, and a "plugins" HashMap<name, plugin> lookup; run walks the schedule and looks each name up
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

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    schedule: BTreeMap<(i32, u64), String>, // (order, row number) -> plugin name
    plugins: HashMap<String, ((i32, u64), Box<dyn Transform>)>, // name -> (its schedule key, plugin)
    rows_added: u64,
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
        self.len() == 0
    }

    /// Adds a plugin at `order`. Fails, changing nothing, if its name is taken. O(log p).
    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.plugins.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let row = (order, self.rows_added);
        self.rows_added += 1;
        self.schedule.insert(row, name.clone());
        self.plugins.insert(name, (row, plugin));
        Ok(())
    }

    /// Removes the plugin called `name`; returns whether there was one. O(log p).
    pub fn remove(&mut self, name: &str) -> bool {
        if let Some((row, _plugin)) = self.plugins.remove(name) {
            self.schedule.remove(&row);
            true
        } else {
            false
        }
    }

    /// Plugin names in execution order.
    pub fn names(&self) -> Vec<&str> {
        let mut list = Vec::new();
        for name in self.schedule.values() {
            list.push(name.as_str());
        }
        list
    }

    /// Applies every plugin in order. Stops at the first failure and reports which plugin
    /// failed and where. O(p) plus the plugins' own work.
    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        let mut position = 0;
        for name in self.schedule.values() {
            let plugin = &self.plugins[name].1;
            if let Err(message) = plugin.apply(&mut record) {
                return Err(PipelineError { plugin: name.clone(), position, message });
            }
            position += 1;
        }
        Ok(record)
    }
}
