// learner: slow
// why: Pipeline::register is O(p) time, target O(log p): folds over every plugin to test the name, then Vec::insert shifts the tail of the sorted list
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
    alist: Vec<((i32, u64), Box<dyn Transform>)>,
    tick: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.alist.len()
    }

    pub fn is_empty(&self) -> bool {
        self.alist.is_empty()
    }

    fn member(&self, name: &str) -> Option<usize> {
        self.alist
            .iter()
            .enumerate()
            .fold(None, |hit, (i, (_, p))| hit.or(if p.name() == name { Some(i) } else { None }))
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.member(plugin.name()).is_some() {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        let key = (order, self.tick);
        self.tick += 1;
        let at = self.alist.partition_point(|(k, _)| *k < key);
        self.alist.insert(at, (key, plugin));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.member(name).map(|i| self.alist.remove(i)).is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        self.alist.iter().map(|(_, p)| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        for (pos, (_, p)) in self.alist.iter().enumerate() {
            p.apply(&mut rec)
                .map_err(|message| PipelineError { plugin: p.name().to_string(), position: pos, message })?;
        }
        Ok(rec)
    }
}
