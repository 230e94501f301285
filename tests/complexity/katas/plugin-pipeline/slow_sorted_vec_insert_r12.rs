// learner: slow
// why: Pipeline::register/remove are O(p) time, target O(log p): sorted Vec kept in order with partition_point + Vec::insert/remove (shifts the tail), HashSet of names
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
    v: Vec<((i32, u64), Box<dyn Transform>)>,
    names: HashMap<String, (i32, u64)>,
    seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.v.len()
    }

    pub fn is_empty(&self) -> bool {
        self.v.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.names.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        let k = (order, self.seq);
        self.seq += 1;
        let at = self.v.partition_point(|(x, _)| *x < k);
        self.names.insert(plugin.name().to_string(), k);
        self.v.insert(at, (k, plugin));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some(k) = self.names.remove(name) else { return false };
        match self.v.binary_search_by_key(&k, |(x, _)| *x) {
            Ok(at) => {
                self.v.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.v.iter().map(|(_, p)| p.name()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (i, (_, p)) in self.v.iter().enumerate() {
            p.apply(&mut record)
                .map_err(|message| PipelineError { plugin: p.name().to_string(), position: i, message })?;
        }
        Ok(record)
    }
}
