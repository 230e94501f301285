// learner: slow
// why: Pipeline::register is O(p) time, target O(log p): duplicate check scans every plugin and the sorted Vec shifts on insert
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
        for (_, p) in &self.plugins {
            if p.name() == plugin.name() {
                return Err(RegisterError::DuplicateName(plugin.name().to_string()));
            }
        }
        // after every plugin with order <= this one, so ties keep registration order
        let at = self.plugins.partition_point(|(o, _)| *o <= order);
        self.plugins.insert(at, (order, plugin));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let mut idx = None;
        for (i, (_, p)) in self.plugins.iter().enumerate() {
            if p.name() == name {
                idx = Some(i);
                break;
            }
        }
        match idx {
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
        let mut rec = record;
        for (position, (_, p)) in self.plugins.iter().enumerate() {
            p.apply(&mut rec).map_err(|message| PipelineError { plugin: p.name().to_string(), position, message })?;
        }
        Ok(rec)
    }
}
