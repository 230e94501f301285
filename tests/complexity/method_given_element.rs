// A method whose cost comes from the record it is given, not from `self`:
// called once per element, it costs what one element costs.
// expect Table::stage: time O(n), space O(1)
// target Table::stage: time O(n), space O(1)
use std::collections::HashSet;

#[derive(Clone)]
pub struct Record {
    id: u64,
    payload: Vec<u8>,
}

pub struct Table {
    seen: HashSet<u64>,
    rows: Vec<Record>,
}

impl Table {
    fn admit(&mut self, record: &Record) -> bool {
        if !self.seen.insert(record.id) {
            return false;
        }
        self.rows.push(record.clone());
        true
    }

    pub fn stage(&mut self, batch: &[Record]) -> usize {
        batch.iter().filter(|r| self.admit(r)).count()
    }
}
