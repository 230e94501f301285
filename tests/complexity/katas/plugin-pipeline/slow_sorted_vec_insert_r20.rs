// learner: slow
// why: Pipeline::register is O(p) time, target O(log p): scans the Vec for the name and for the insert position, then Vec::insert shifts
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
    // kept sorted by order; equal orders stay in registration order
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
        for (_, existing) in &self.plugins {
            if existing.name() == plugin.name() {
                return Err(RegisterError::DuplicateName(plugin.name().to_string()));
            }
        }
        // find the first plugin with a bigger order and put the new one before it
        let mut spot = self.plugins.len();
        for i in 0..self.plugins.len() {
            if self.plugins[i].0 > order {
                spot = i;
                break;
            }
        }
        self.plugins.insert(spot, (order, plugin));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let mut found = None;
        for i in 0..self.plugins.len() {
            if self.plugins[i].1.name() == name {
                found = Some(i);
                break;
            }
        }
        match found {
            Some(i) => {
                self.plugins.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for (_, p) in &self.plugins {
            out.push(p.name());
        }
        out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut pos = 0;
        for (_, p) in &self.plugins {
            if let Err(message) = p.apply(&mut rec) {
                return Err(PipelineError { plugin: p.name().to_string(), position: pos, message });
            }
            pos += 1;
        }
        Ok(rec)
    }
}
