// learner: optimal
// idiom: MUMPS: everything in ordered globals: ^PLG(ORDER,SEQ) and the "B" index ^PLG("B",NAME)=ORDER^SEQ both BTreeMaps; run is a \$ORDER walk with a position counter and `?`
// why: register/remove do a constant number of BTreeMap operations: O(log p) (name compares are bounded by the name length); run iterates once: O(p)

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
    /// The failing plugin's name.
    pub plugin: String,
    /// Its 0-based position in execution order.
    pub position: usize,
    /// The plugin's own message.
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
    /// A plugin with this name is already registered.
    DuplicateName(String),
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    g: BTreeMap<(i32, u64), Box<dyn Transform>>,
    b: BTreeMap<String, (i32, u64)>,
    ien: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.g.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        use std::collections::btree_map::Entry;
        match self.b.entry(plugin.name().to_owned()) {
            Entry::Occupied(o) => Err(RegisterError::DuplicateName(o.key().clone())),
            Entry::Vacant(v) => {
                let k = (order, self.ien);
                self.ien += 1;
                v.insert(k);
                self.g.insert(k, plugin);
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some(k) = self.b.remove(name) else {
            return false;
        };
        self.g.remove(&k).is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::with_capacity(self.g.len());
        for p in self.g.values() {
            out.push(p.name());
        }
        out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut r = record;
        let mut ps = 0usize;
        for p in self.g.values() {
            p.apply(&mut r).map_err(|m| PipelineError {
                plugin: p.name().to_owned(),
                position: ps,
                message: m,
            })?;
            ps += 1;
        }
        Ok(r)
    }
}
