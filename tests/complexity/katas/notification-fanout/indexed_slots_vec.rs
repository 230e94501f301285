// learner: optimal
// idiom: LabVIEW-style: connections in a Vec indexed by id (Option slots), topic -> HashSet index, shared Rc<str> messages, explicit index loops
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    topics: HashSet<String>,
    outbox: VecDeque<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    slots: Vec<Option<Conn>>,
    by_topic: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot(&self, conn: ConnId) -> Option<&Conn> {
        let i = conn as usize;
        if i < self.slots.len() {
            self.slots[i].as_ref()
        } else {
            None
        }
    }

    fn slot_mut(&mut self, conn: ConnId) -> Option<&mut Conn> {
        let i = conn as usize;
        if i < self.slots.len() {
            self.slots[i].as_mut()
        } else {
            None
        }
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.slots.push(Some(Conn::default()));
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.slot(conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let c = match self.slot_mut(conn) {
            Some(c) => c,
            None => return false,
        };
        if !c.topics.insert(topic.to_string()) {
            return false;
        }
        self.by_topic.entry(topic.to_string()).or_default().insert(conn);
        true
    }

    fn drop_from_topic(&mut self, conn: ConnId, topic: &str) {
        let mut now_empty = false;
        if let Some(set) = self.by_topic.get_mut(topic) {
            set.remove(&conn);
            now_empty = set.is_empty();
        }
        if now_empty {
            self.by_topic.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let had = match self.slot_mut(conn) {
            Some(c) => c.topics.remove(topic),
            None => false,
        };
        if had {
            self.drop_from_topic(conn, topic);
        }
        had
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let i = conn as usize;
        if i >= self.slots.len() {
            return false;
        }
        let gone = self.slots[i].take();
        match gone {
            None => false,
            Some(c) => {
                for t in c.topics.iter() {
                    self.drop_from_topic(conn, t);
                }
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let set = match self.by_topic.get(topic) {
            Some(s) => s,
            None => return 0,
        };
        let shared: Rc<str> = Rc::from(msg);
        let mut count = 0;
        for &id in set.iter() {
            if let Some(Some(c)) = self.slots.get_mut(id as usize) {
                c.outbox.push_back(Rc::clone(&shared));
                count += 1;
            }
        }
        count
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(c) = self.slot_mut(conn) {
            while let Some(m) = c.outbox.pop_front() {
                out.push(m.to_string());
            }
        }
        out
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = Vec::new();
        if let Some(set) = self.by_topic.get(topic) {
            for &id in set {
                ids.push(id);
            }
        }
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.by_topic.len()
    }
}
