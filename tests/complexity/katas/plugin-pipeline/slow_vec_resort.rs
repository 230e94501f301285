// learner: slow
// why: Pipeline::register is O(p log p) time, target O(log p): Vec of (order, seq, plugin), name checked by a scan and the whole Vec re-sorted on every registration
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
    plugins: Vec<(i32, u64, Box<dyn Transform>)>,
    seq: u64,
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
        if self.plugins.iter().any(|(_, _, p)| p.name() == plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        self.seq += 1;
        self.plugins.push((order, self.seq, plugin));
        self.plugins.sort_by_key(|(o, s, _)| (*o, *s));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let before = self.plugins.len();
        self.plugins.retain(|(_, _, p)| p.name() != name);
        self.plugins.len() != before
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.iter().map(|(_, _, p)| p.name()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (i, (_, _, p)) in self.plugins.iter().enumerate() {
            if let Err(message) = p.apply(&mut record) {
                return Err(PipelineError { plugin: p.name().to_string(), position: i, message });
            }
        }
        Ok(record)
    }
}
