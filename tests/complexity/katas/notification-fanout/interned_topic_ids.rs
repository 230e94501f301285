// learner: optimal
// idiom: topics interned to u32 ids with a free-list slab, HashMap<_, ()> as sets, Rc<String> messages, plain if/else
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::HashMap;
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

struct Topic {
    name: String,
    subs: HashMap<ConnId, ()>,
}

struct Connection {
    // topic id -> present
    topics: HashMap<u32, ()>,
    pending: Vec<Rc<String>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Default)]
pub struct Hub {
    next_id: ConnId,
    names: HashMap<String, u32>,
    table: Vec<Option<Topic>>,
    free: Vec<u32>,
    connections: HashMap<ConnId, Connection>,
}

impl std::fmt::Debug for Hub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Hub({} connections, {} topics)", self.connections.len(), self.names.len())
    }
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.connections.insert(id, Connection { topics: HashMap::new(), pending: Vec::new() });
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.connections.contains_key(&conn)
    }

    fn topic_id(&mut self, name: &str) -> u32 {
        if let Some(&tid) = self.names.get(name) {
            return tid;
        }
        let topic = Topic { name: name.to_string(), subs: HashMap::new() };
        let tid = if let Some(t) = self.free.pop() {
            self.table[t as usize] = Some(topic);
            t
        } else {
            self.table.push(Some(topic));
            (self.table.len() - 1) as u32
        };
        self.names.insert(name.to_string(), tid);
        tid
    }

    fn drop_sub(&mut self, tid: u32, conn: ConnId) {
        let mut gone = None;
        if let Some(topic) = self.table[tid as usize].as_mut() {
            topic.subs.remove(&conn);
            if topic.subs.is_empty() {
                gone = Some(topic.name.clone());
            }
        }
        if let Some(name) = gone {
            self.names.remove(&name);
            self.table[tid as usize] = None;
            self.free.push(tid);
        }
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.connections.contains_key(&conn) {
            return false;
        }
        if let Some(&tid) = self.names.get(topic) {
            if self.connections[&conn].topics.contains_key(&tid) {
                return false;
            }
        }
        let tid = self.topic_id(topic);
        self.connections.get_mut(&conn).unwrap().topics.insert(tid, ());
        let t = self.table[tid as usize].as_mut().unwrap();
        t.subs.insert(conn, ());
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let tid = if let Some(&tid) = self.names.get(topic) { tid } else { return false };
        let removed = if let Some(c) = self.connections.get_mut(&conn) {
            c.topics.remove(&tid).is_some()
        } else {
            false
        };
        if removed {
            self.drop_sub(tid, conn);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if let Some(c) = self.connections.remove(&conn) {
            for (&tid, _) in c.topics.iter() {
                self.drop_sub(tid, conn);
            }
            true
        } else {
            false
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let tid = if let Some(&tid) = self.names.get(topic) { tid } else { return 0 };
        let t = self.table[tid as usize].as_ref().unwrap();
        let m = Rc::new(msg.to_string());
        for id in t.subs.keys() {
            if let Some(c) = self.connections.get_mut(id) {
                c.pending.push(m.clone());
            }
        }
        t.subs.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(c) = self.connections.get_mut(&conn) {
            for m in c.pending.drain(..) {
                out.push((*m).clone());
            }
        }
        out
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        if let Some(&tid) = self.names.get(topic) {
            let mut ids: Vec<ConnId> = Vec::new();
            for id in self.table[tid as usize].as_ref().unwrap().subs.keys() {
                ids.push(*id);
            }
            // insertion sort is fine for the small lists callers inspect
            let mut i = 1;
            while i < ids.len() {
                let mut j = i;
                while j > 0 && ids[j - 1] > ids[j] {
                    ids.swap(j - 1, j);
                    j -= 1;
                }
                i += 1;
            }
            ids
        } else {
            Vec::new()
        }
    }

    pub fn topic_count(&self) -> usize {
        self.names.len()
    }
}
