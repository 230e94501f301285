// learner: slow
// idiom: RPG IV: an ordered array maintained by hand: DOW loop to check the name, DOW loop to find the insert point, shift the tail down one entry
// why: register walks all p entries (name check and insert point) and shifts the tail, remove walks and shifts too: O(p) each, O(p^2) to build a pipeline of p plugins
// No SORTA here: I keep the array in order myself, like inserting a line
// into a subfile in the middle.

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
    ar_order: Vec<i32>,
    ar_plugin: Vec<Box<dyn Transform>>,
    n_plg: usize,
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

    // returns the index of the entry with this name, or n_plg when not found
    fn find_name(&self, p_name: &str) -> usize {
        let mut ix: usize = 0;
        while ix < self.n_plg {
            if self.ar_plugin[ix].name() == p_name {
                return ix;
            }
            ix += 1;
        }
        self.n_plg
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.find_name(plugin.name()) < self.n_plg {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        // insert point: after every entry with order <= new order (keeps FIFO on ties)
        let mut ix: usize = 0;
        while ix < self.n_plg && self.ar_order[ix] <= order {
            ix += 1;
        }
        self.ar_order.insert(ix, order);
        self.ar_plugin.insert(ix, plugin);
        self.n_plg += 1;
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let ix = self.find_name(name);
        if ix == self.n_plg {
            return false;
        }
        self.ar_order.remove(ix);
        self.ar_plugin.remove(ix);
        self.n_plg -= 1;
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut w_out = Vec::with_capacity(self.n_plg);
        let mut ix: usize = 0;
        while ix < self.n_plg {
            w_out.push(self.ar_plugin[ix].name());
            ix += 1;
        }
        w_out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut w_rec = record;
        let mut ix: usize = 0;
        while ix < self.n_plg {
            if let Err(w_msg) = self.ar_plugin[ix].apply(&mut w_rec) {
                return Err(PipelineError {
                    plugin: self.ar_plugin[ix].name().to_string(),
                    position: ix,
                    message: w_msg,
                });
            }
            ix += 1;
        }
        Ok(w_rec)
    }
}
