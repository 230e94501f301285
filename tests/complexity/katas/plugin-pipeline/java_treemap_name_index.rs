// learner: optimal
// idiom: Java-ish: BTreeMap<(order, seq), Box<dyn Transform>> plus HashMap name -> key, getters, early returns, index counter loop in run
#![allow(non_snake_case)]
use std::collections::HashMap;
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

#[derive(Default)]
pub struct Pipeline {
    pluginsByKey: BTreeMap<(i32, u64), Box<dyn Transform>>,
    keysByName: HashMap<String, (i32, u64)>,
    registrationCounter: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    fn getKeysByName(&self) -> &HashMap<String, (i32, u64)> {
        &self.keysByName
    }

    fn nextRegistrationNumber(&mut self) -> u64 {
        let current = self.registrationCounter;
        self.registrationCounter += 1;
        current
    }

    pub fn len(&self) -> usize {
        self.pluginsByKey.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.getKeysByName().contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let key = (order, self.nextRegistrationNumber());
        self.keysByName.insert(name, key);
        self.pluginsByKey.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let key = match self.keysByName.remove(name) {
            Some(k) => k,
            None => return false,
        };
        self.pluginsByKey.remove(&key);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut result: Vec<&str> = Vec::new();
        for plugin in self.pluginsByKey.values() {
            result.push(plugin.name());
        }
        result
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut current = record;
        let mut position: usize = 0;
        for plugin in self.pluginsByKey.values() {
            if let Err(message) = plugin.apply(&mut current) {
                return Err(PipelineError {
                    plugin: plugin.name().to_string(),
                    position: position,
                    message: message,
                });
            }
            position += 1;
        }
        Ok(current)
    }
}
