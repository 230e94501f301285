// learner: optimal
// idiom: Fortran-style: packed u64 sort key in a BTreeMap pointing into a flat slot arena with a free list, explicit position counter in run
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

use std::collections::HashMap;

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    slot: Vec<Option<Box<dyn Transform>>>, // plugin arena
    free: Vec<usize>,                      // reusable slots
    seqkey: BTreeMap<u128, usize>,         // packed (order, seq) -> slot
    byname: HashMap<String, u128>,         // name -> packed key
    nseq: u64,
}

// order shifted to unsigned so that the packed keys sort like (order, seq)
fn pack(order: i32, seq: u64) -> u128 {
    let o = (order as i64 - i32::MIN as i64) as u128;
    (o << 64) | seq as u128
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.seqkey.len()
    }

    pub fn is_empty(&self) -> bool {
        self.seqkey.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.byname.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        let k = pack(order, self.nseq);
        self.nseq += 1;
        let nm = plugin.name().to_string();
        let s;
        if let Some(f) = self.free.pop() {
            s = f;
            self.slot[s] = Some(plugin);
        } else {
            s = self.slot.len();
            self.slot.push(Some(plugin));
        }
        self.seqkey.insert(k, s);
        self.byname.insert(nm, k);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let k = match self.byname.remove(name) {
            Some(k) => k,
            None => return false,
        };
        let s = self.seqkey.remove(&k).unwrap();
        self.slot[s] = None;
        self.free.push(s);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::with_capacity(self.seqkey.len());
        for (_, &s) in self.seqkey.iter() {
            out.push(self.slot[s].as_ref().unwrap().name());
        }
        out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut i = 0usize;
        for (_, &s) in self.seqkey.iter() {
            let p = self.slot[s].as_ref().unwrap();
            if let Err(m) = p.apply(&mut rec) {
                return Err(PipelineError { plugin: p.name().to_string(), position: i, message: m });
            }
            i += 1;
        }
        Ok(rec)
    }
}
