// learner: slow
// why: Pipeline::register is O(p) time, target O(log p): the name check walks the whole list with a helper loop, and Vec::insert at the sorted position shifts the tail
//! An ordered plugin pipeline for client-specific transforms: see README.md.
use std::collections::BTreeMap;
use std::fmt;

/// A record flowing through the pipeline: field name -> value.
pub type Record = BTreeMap<String, String>;

/// One client-specific customisation, kept out of the core code.
pub trait Transform {
    /// A name unique within a pipeline; error messages use it.
    fn name(&self) -> &str;
    /// Transforms the record in place, or explains why it cannot.
    fn apply(&self, record: &mut Record) -> Result<(), String>;
}

/// A plugin failed while running a record.
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

/// Why a plugin could not be registered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterError {
    DuplicateName(String),
}


struct Stage {
    order: i32,
    plugin: Box<dyn Transform>,
}

/// Index of the stage called `name`, by walking the list.
fn stage_named(stages: &[Stage], name: &str) -> Option<usize> {
    let mut i = 0;
    while i < stages.len() {
        if stages[i].plugin.name() == name {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Where a new stage of `order` goes: after every stage whose order is <= it (keeps ties in arrival order).
fn insertion_point(stages: &[Stage], order: i32) -> usize {
    stages.partition_point(|s| s.order <= order)
}

#[derive(Default)]
pub struct Pipeline {
    stages: Vec<Stage>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.stages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.stages.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if stage_named(&self.stages, plugin.name()).is_some() {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        let at = insertion_point(&self.stages, order);
        self.stages.insert(at, Stage { order, plugin });
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match stage_named(&self.stages, name) {
            Some(i) => {
                self.stages.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.stages.iter().map(|s| s.plugin.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        for (position, stage) in self.stages.iter().enumerate() {
            stage.plugin.apply(&mut record).map_err(|message| PipelineError {
                plugin: stage.plugin.name().to_string(),
                position,
                message,
            })?;
        }
        Ok(record)
    }
}
