// learner: optimal
// idiom: hobbyist BTreeMap keyed by (order, counter) tuple plus HashMap of names, plain for loop with a position counter in run
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
    plugins: BTreeMap<(i32, u64), Box<dyn Transform>>,
    keys_by_name: HashMap<String, (i32, u64)>,
    counter: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        let how_many = self.plugins.len();
        how_many
    }

    pub fn is_empty(&self) -> bool {
        self.plugins.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.keys_by_name.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let key = (order, self.counter);
        self.counter = self.counter + 1;
        self.keys_by_name.insert(name, key);
        self.plugins.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let key = match self.keys_by_name.get(name) {
            Some(k) => *k,
            None => return false,
        };
        self.keys_by_name.remove(name);
        self.plugins.remove(&key);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut list = Vec::new();
        for plugin in self.plugins.values() {
            list.push(plugin.name());
        }
        list
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut current = record;
        let mut position = 0;
        for plugin in self.plugins.values() {
            let outcome = plugin.apply(&mut current);
            if let Err(msg) = outcome {
                let error = PipelineError {
                    plugin: plugin.name().to_string(),
                    position: position,
                    message: msg,
                };
                return Err(error);
            }
            position += 1;
        }
        Ok(current)
    }
}
