// learner: optimal
// idiom: SQL stored-procedure developer: a heap "table" name -> plugin row, plus a separate ordered index (order, seq) -> name; run scans the index and fetches each row by key
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::HashMap;
use std::collections::BTreeMap;
use std::fmt;

/// A record flowing through the pipeline: field name -> value.
pub type Record = BTreeMap<String, String>;

/// One client-specific customisation, kept out of the core code.
pub trait Transform {
    fn name(&self) -> &str;
    fn apply(&self, record: &mut Record) -> Result<(), String>;
}

/// A plugin failed while running a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipelineError {
    pub plugin: String,
    pub position: usize,
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
    DuplicateName(String),
}

struct PluginRow {
    order_key: (i32, u64),
    plugin: Box<dyn Transform>,
}

#[derive(Default)]
pub struct Pipeline {
    tbl_plugins: HashMap<String, PluginRow>,
    ix_exec_order: BTreeMap<(i32, u64), String>,
    seq_registration: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.tbl_plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tbl_plugins.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.tbl_plugins.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let order_key = (order, self.seq_registration);
        self.seq_registration += 1;
        self.ix_exec_order.insert(order_key, name.clone());
        self.tbl_plugins.insert(name, PluginRow { order_key, plugin });
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some(row) = self.tbl_plugins.remove(name) else {
            return false;
        };
        self.ix_exec_order.remove(&row.order_key);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        self.ix_exec_order.values().map(String::as_str).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        for (position, name) in self.ix_exec_order.values().enumerate() {
            let row = &self.tbl_plugins[name];
            if let Err(message) = row.plugin.apply(&mut rec) {
                return Err(PipelineError { plugin: name.clone(), position, message });
            }
        }
        Ok(rec)
    }
}
