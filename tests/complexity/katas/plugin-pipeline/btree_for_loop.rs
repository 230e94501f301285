// learner: optimal
// idiom: colleague style: BTreeMap<(i32, u64), Box<dyn Transform>> + HashMap, for loop in run with early return on Err
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
    plugins: BTreeMap<(i32, u64), Box<dyn Transform>>,
    names: HashMap<String, (i32, u64)>,
}

impl Pipeline {
    pub fn new() -> Self {
        Pipeline { counter: 0, plugins: BTreeMap::new(), names: HashMap::new() }
    }

    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plugins.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.names.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        self.counter += 1;
        let key = (order, self.counter);
        self.names.insert(plugin.name().to_string(), key);
        self.plugins.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let key = match self.names.remove(name) {
            Some(k) => k,
            None => return false,
        };
        self.plugins.remove(&key);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::with_capacity(self.plugins.len());
        for plugin in self.plugins.values() {
            out.push(plugin.name());
        }
        out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        let mut position = 0;
        for plugin in self.plugins.values() {
            if let Err(message) = plugin.apply(&mut record) {
                return Err(PipelineError {
                    plugin: plugin.name().to_string(),
                    position,
                    message,
                });
            }
            position += 1;
        }
        Ok(record)
    }
}
