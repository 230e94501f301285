// learner: slow
// why: Pipeline::register is O(p log p) time, target O(log p): it pushes and re-sorts the whole Vec (stable sort keeps ties in order), and looks names up linearly
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
    plugins: Vec<(i32, Box<dyn Transform>)>,
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
        if self.plugins.iter().any(|(_, p)| p.name() == plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        self.plugins.push((order, plugin));
        self.plugins.sort_by_key(|(o, _)| *o);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.plugins.iter().position(|(_, p)| p.name() == name) {
            Some(i) => {
                self.plugins.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.iter().map(|(_, p)| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        for (position, (_, plugin)) in self.plugins.iter().enumerate() {
            if let Err(message) = plugin.apply(&mut record) {
                return Err(PipelineError { plugin: plugin.name().to_string(), position, message });
            }
        }
        Ok(record)
    }
}
