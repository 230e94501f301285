// learner: optimal
// idiom: order index BTreeMap<(i32,u64), String> of names with the boxed plugins owned by a HashMap<String, (key, plugin)>; match-heavy
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

use std::collections::hash_map::{Entry, HashMap};

type Key = (i32, u64);

#[derive(Default)]
pub struct Pipeline {
    order: BTreeMap<Key, String>,
    plugins: HashMap<String, (Key, Box<dyn Transform>)>,
    registered: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        match self.plugins.entry(plugin.name().to_owned()) {
            Entry::Occupied(o) => Err(RegisterError::DuplicateName(o.key().clone())),
            Entry::Vacant(v) => {
                let key = (order, self.registered);
                self.registered += 1;
                self.order.insert(key, v.key().clone());
                v.insert((key, plugin));
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.plugins.remove(name) {
            Some((key, _plugin)) => {
                self.order.remove(&key);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.order.values().map(String::as_str).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (position, name) in self.order.values().enumerate() {
            let (_, plugin) = &self.plugins[name];
            match plugin.apply(&mut record) {
                Ok(()) => {}
                Err(message) => {
                    return Err(PipelineError { plugin: name.clone(), position, message });
                }
            }
        }
        Ok(record)
    }
}
