// learner: optimal
// idiom: student: BTreeMap<(order, seq)> of boxes + HashMap name -> key, counter, short names, ? in run
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
    p: BTreeMap<(i32, u64), Box<dyn Transform>>,
    n: HashMap<String, (i32, u64)>,
    c: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.p.len()
    }

    pub fn is_empty(&self) -> bool {
        self.p.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let s = plugin.name().to_string();
        if self.n.contains_key(&s) {
            return Err(RegisterError::DuplicateName(s));
        }
        self.c += 1;
        self.n.insert(s, (order, self.c));
        self.p.insert((order, self.c), plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.n.remove(name) {
            Some(k) => self.p.remove(&k).is_some(),
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.p.values().map(|x| x.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut r = record;
        for (i, x) in self.p.values().enumerate() {
            x.apply(&mut r).map_err(|m| PipelineError { plugin: x.name().to_string(), position: i, message: m })?;
        }
        Ok(r)
    }
}
