// learner: optimal
// idiom: Bash scripter: two lookup tables like two associative arrays, run order (order, seq) -> name and name -> plugin; run is a plain for loop with a position counter and an early return
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::BTreeMap;
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

use std::collections::HashMap;

#[derive(Default)]
pub struct Pipeline {
    counter: u64,
    run_order: BTreeMap<(i32, u64), String>,
    by_name: HashMap<String, ((i32, u64), Box<dyn Transform>)>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.by_name.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.by_name.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let slot = (order, self.counter);
        self.counter += 1;
        self.run_order.insert(slot, name.clone());
        self.by_name.insert(name, (slot, plugin));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.by_name.remove(name) {
            Some((slot, _plugin)) => {
                self.run_order.remove(&slot);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for name in self.run_order.values() {
            out.push(name.as_str());
        }
        out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut position = 0;
        for name in self.run_order.values() {
            let (_, plugin) = &self.by_name[name];
            if let Err(message) = plugin.apply(&mut rec) {
                return Err(PipelineError { plugin: name.clone(), position, message });
            }
            position += 1;
        }
        Ok(rec)
    }
}
