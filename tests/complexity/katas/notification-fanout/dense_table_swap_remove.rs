// learner: optimal
// idiom: MATLAB signal-processing engineer: connections in a dense table indexed by id (ids are 0,1,2,... like row numbers), each topic's members in a plain array removed by swap-with-last, with a per-connection "where am I in that array" position map
//! Topic fan-out for a real-time notification server: see README.md.
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct ConnRow {
    pos: HashMap<Rc<str>, usize>, // topic -> index of this conn in members[topic]
    outbox: VecDeque<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    rows: Vec<Option<ConnRow>>,              // rows[id], None after disconnect
    members: HashMap<Rc<str>, Vec<ConnId>>,  // topic -> member ids (unordered)
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.rows.push(Some(ConnRow::default()));
        id
    }

    fn row(&self, conn: ConnId) -> Option<&ConnRow> {
        self.rows.get(conn as usize).and_then(|r| r.as_ref())
    }

    fn row_mut(&mut self, conn: ConnId) -> Option<&mut ConnRow> {
        self.rows.get_mut(conn as usize).and_then(|r| r.as_mut())
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.row(conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.row(conn) {
            None => return false,
            Some(r) if r.pos.contains_key(topic) => return false,
            _ => {}
        }
        let key: Rc<str> = match self.members.get_key_value(topic) {
            Some((k, _)) => Rc::clone(k),
            None => Rc::from(topic),
        };
        let list = self.members.entry(Rc::clone(&key)).or_default();
        let idx = list.len();
        list.push(conn);
        self.row_mut(conn).unwrap().pos.insert(key, idx);
        true
    }

    /// remove members[topic][idx] by swapping in the last element; fix that element's index
    fn remove_member(&mut self, topic: &str, idx: usize) {
        let list = self.members.get_mut(topic).unwrap();
        let last = list.len() - 1;
        list.swap(idx, last);
        list.pop();
        if list.is_empty() {
            self.members.remove(topic);
        } else if idx < last {
            let moved = list[idx];
            *self.row_mut(moved).unwrap().pos.get_mut(topic).unwrap() = idx;
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let idx = match self.row_mut(conn).and_then(|r| r.pos.remove(topic)) {
            Some(i) => i,
            None => return false,
        };
        self.remove_member(topic, idx);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let row = match self.rows.get_mut(conn as usize).and_then(|r| r.take()) {
            Some(r) => r,
            None => return false,
        };
        for (topic, idx) in row.pos {
            self.remove_member(&topic, idx);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let list = match self.members.get(topic) {
            Some(l) => l,
            None => return 0,
        };
        let m: Rc<str> = Rc::from(msg);
        for k in 0..list.len() {
            if let Some(Some(r)) = self.rows.get_mut(list[k] as usize) {
                r.outbox.push_back(Rc::clone(&m));
            }
        }
        list.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(r) = self.row_mut(conn) {
            while let Some(m) = r.outbox.pop_front() {
                out.push(m.to_string());
            }
        }
        out
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids = self.members.get(topic).cloned().unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.members.len()
    }
}
