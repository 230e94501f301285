// learner: optimal
// idiom: RPG IV: plugins live in a slot array with a free-slot list (re-used like deleted records), the ordered key file only holds slot numbers
// Like a physical file with REUSEDLT(*YES): removed plugins leave a hole
// that the next register fills. The order index (BTreeMap) points at slot
// numbers; the name index (BTreeMap by name, a keyed logical) too.

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
    ar_slots: Vec<Option<Box<dyn Transform>>>, // the "records"
    ar_free: Vec<usize>,                       // deleted record numbers
    ix_order: BTreeMap<(i32, u64), usize>,     // (order, seq) -> slot
    ix_name: BTreeMap<String, (i32, u64)>,     // name -> key
    nx_seq: u64,
    n_active: usize,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.n_active
    }

    pub fn is_empty(&self) -> bool {
        self.n_active == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.ix_name.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        let w_key = (order, self.nx_seq);
        self.nx_seq += 1;
        self.ix_name.insert(plugin.name().to_string(), w_key);

        // WRITE into a deleted slot if there is one
        let w_slot: usize;
        if let Some(w_free) = self.ar_free.pop() {
            w_slot = w_free;
            self.ar_slots[w_slot] = Some(plugin);
        } else {
            w_slot = self.ar_slots.len();
            self.ar_slots.push(Some(plugin));
        }
        self.ix_order.insert(w_key, w_slot);
        self.n_active += 1;
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let w_key = match self.ix_name.remove(name) {
            Some(k) => k,
            None => return false,
        };
        if let Some(w_slot) = self.ix_order.remove(&w_key) {
            self.ar_slots[w_slot] = None; // DELETE
            self.ar_free.push(w_slot);
            self.n_active -= 1;
        }
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut w_out: Vec<&str> = Vec::new();
        for (_, &w_slot) in self.ix_order.iter() {
            if let Some(w_plg) = &self.ar_slots[w_slot] {
                w_out.push(w_plg.name());
            }
        }
        w_out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut w_rec = record;
        let mut w_pos: usize = 0;
        for (_, &w_slot) in self.ix_order.iter() {
            let w_plg = self.ar_slots[w_slot].as_ref().expect("index points at a live slot");
            let w_rc = w_plg.apply(&mut w_rec);
            if let Err(w_msg) = w_rc {
                return Err(PipelineError {
                    plugin: w_plg.name().to_string(),
                    position: w_pos,
                    message: w_msg,
                });
            }
            w_pos += 1;
        }
        Ok(w_rec)
    }
}
