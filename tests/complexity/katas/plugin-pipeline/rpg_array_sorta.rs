// learner: slow
// idiom: RPG IV: one array of entry data structures with a count, %LOOKUP for the name, then SORTA after every add
// why: register scans all p entries for the name and re-sorts the whole array (O(p log p) per call, O(p^2 log p) to build a pipeline); remove is an O(p) lookup plus shifting
// Straight from the RPG playbook: DIM'd array of entries, an explicit
// entry count, %LOOKUP by name, SORTA on (order, seq).

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

struct PlgEntry {
    order: i32,
    seq: u64,
    plugin: Box<dyn Transform>,
}

#[derive(Default)]
pub struct Pipeline {
    ar_plg: Vec<PlgEntry>,
    n_plg: usize,
    nx_seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.n_plg
    }

    pub fn is_empty(&self) -> bool {
        self.n_plg == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        // %LOOKUP(name: ar_plg)
        if self.ar_plg.iter().any(|e| e.plugin.name() == plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        self.ar_plg.push(PlgEntry { order, seq: self.nx_seq, plugin });
        self.nx_seq += 1;
        self.n_plg += 1;
        // SORTA
        self.ar_plg.sort_by_key(|e| (e.order, e.seq));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.ar_plg.iter().position(|e| e.plugin.name() == name) {
            Some(ix) => {
                self.ar_plg.remove(ix);
                self.n_plg -= 1;
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.ar_plg.iter().map(|e| e.plugin.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut w_rec = record;
        let mut ix: usize = 0;
        while ix < self.n_plg {
            let w_plg = &self.ar_plg[ix].plugin;
            if let Err(w_msg) = w_plg.apply(&mut w_rec) {
                return Err(PipelineError { plugin: w_plg.name().to_string(), position: ix, message: w_msg });
            }
            ix += 1;
        }
        Ok(w_rec)
    }
}
