// learner: optimal
// idiom: RPG IV: a keyed "physical file" (BTreeMap on order + sequence number) plus a logical file by name (HashMap), read in key order like SETLL/READ
// The pipeline is a keyed file: key = (order, sequence no). The name
// index is the second access path, like a logical file over the same data.

use std::collections::BTreeMap;
use std::collections::HashMap;
use std::fmt;

pub type Record = BTreeMap<String, String>;

pub trait Transform {
    fn name(&self) -> &str;
    fn apply(&self, record: &mut Record) -> Result<(), String>;
}

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterError {
    DuplicateName(String),
}

#[derive(Default)]
pub struct Pipeline {
    pf_plugins: BTreeMap<(i32, u64), Box<dyn Transform>>, // physical file, keyed
    lf_by_name: HashMap<String, (i32, u64)>,              // logical file by name
    nx_seq: u64,                                          // next sequence number
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.pf_plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pf_plugins.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let w_name = plugin.name().to_string();
        // CHAIN on the logical: record found means duplicate
        if self.lf_by_name.contains_key(&w_name) {
            return Err(RegisterError::DuplicateName(w_name));
        }
        let w_key = (order, self.nx_seq);
        self.nx_seq += 1;
        self.lf_by_name.insert(w_name, w_key);
        self.pf_plugins.insert(w_key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.lf_by_name.remove(name) {
            Some(w_key) => {
                self.pf_plugins.remove(&w_key);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        let mut w_out: Vec<&str> = Vec::with_capacity(self.pf_plugins.len());
        for w_plg in self.pf_plugins.values() {
            w_out.push(w_plg.name());
        }
        w_out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut w_rec = record;
        let mut w_pos: usize = 0;
        // READ loop in key order
        for w_plg in self.pf_plugins.values() {
            if let Err(w_msg) = w_plg.apply(&mut w_rec) {
                return Err(PipelineError {
                    plugin: w_plg.name().to_string(),
                    position: w_pos,
                    message: w_msg,
                });
            }
            w_pos += 1;
        }
        Ok(w_rec)
    }
}
