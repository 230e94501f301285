// learner: optimal
// idiom: SQL stored-procedure developer: a clustered index on (order, registration_seq) holding the plugins plus a unique index name -> key, run as a cursor loop with a row counter
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

/// (order, registration sequence): the clustered key.
type ExecKey = (i32, u64);

#[derive(Default)]
pub struct Pipeline {
    plugins: BTreeMap<ExecKey, Box<dyn Transform>>,
    ix_name: HashMap<String, ExecKey>,
    next_seq: u64,
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
        let p_name = plugin.name().to_string();
        if self.ix_name.contains_key(&p_name) {
            return Err(RegisterError::DuplicateName(p_name));
        }
        let v_key = (order, self.next_seq);
        self.next_seq += 1;
        self.ix_name.insert(p_name, v_key);
        self.plugins.insert(v_key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.ix_name.remove(name) {
            Some(v_key) => {
                self.plugins.remove(&v_key);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut v_record = record;
        let mut v_position = 0usize;
        for plugin in self.plugins.values() {
            if let Err(v_message) = plugin.apply(&mut v_record) {
                return Err(PipelineError {
                    plugin: plugin.name().to_string(),
                    position: v_position,
                    message: v_message,
                });
            }
            v_position += 1;
        }
        Ok(v_record)
    }
}
