// learner: slow
// why: Pipeline::register is O(p) time, target O(log p): it scans the plugin table for a duplicate name and for the insertion slot, then shifts with Vec::insert
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

struct PluginEntry {
    order_value: i32,
    plugin: Box<dyn Transform>,
}

#[derive(Default)]
pub struct Pipeline {
    plugin_table: Vec<PluginEntry>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.plugin_table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plugin_table.len() == 0
    }

    fn para_find_name(&self, name: &str) -> Option<usize> {
        let mut sub: usize = 0;
        while sub < self.plugin_table.len() {
            if self.plugin_table[sub].plugin.name() == name {
                return Some(sub);
            }
            sub = sub + 1;
        }
        None
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.para_find_name(plugin.name()).is_some() {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        // PARAGRAPH: FIND INSERTION SLOT (after all entries with order <= new order)
        let mut slot: usize = 0;
        while slot < self.plugin_table.len() && self.plugin_table[slot].order_value <= order {
            slot = slot + 1;
        }
        self.plugin_table.insert(slot, PluginEntry { order_value: order, plugin });
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.para_find_name(name) {
            Some(sub) => {
                self.plugin_table.remove(sub);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        let mut listing = Vec::new();
        let mut sub: usize = 0;
        while sub < self.plugin_table.len() {
            listing.push(self.plugin_table[sub].plugin.name());
            sub = sub + 1;
        }
        listing
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut work = record;
        let mut position: usize = 0;
        while position < self.plugin_table.len() {
            let entry = &self.plugin_table[position];
            if let Err(message) = entry.plugin.apply(&mut work) {
                return Err(PipelineError { plugin: entry.plugin.name().to_string(), position, message });
            }
            position = position + 1;
        }
        Ok(work)
    }
}
