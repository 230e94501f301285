// learner: optimal
// idiom: Julia-style interning: topic names -> integer topic ids, arena Vec of subscriber sets with a free list, per-conn Vec of topic ids removed with swap_remove via a position map
use std::collections::HashMap;
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct TopicRow {
    name: String,
    members: HashMap<ConnId, ()>,
}

#[derive(Debug, Default)]
struct ConnRow {
    // topic id -> () ; small set per connection
    topics: HashMap<usize, ()>,
    inbox: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, ConnRow>,
    topic_ids: HashMap<String, usize>,
    rows: Vec<TopicRow>,
    free_rows: Vec<usize>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        self.next_id += 1;
        let id = self.next_id - 1;
        self.conns.insert(id, ConnRow::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conns.contains_key(&conn)
    }

    fn intern(&mut self, topic: &str) -> usize {
        if let Some(&t) = self.topic_ids.get(topic) {
            return t;
        }
        let t = match self.free_rows.pop() {
            Some(t) => t,
            None => {
                self.rows.push(TopicRow::default());
                self.rows.len() - 1
            }
        };
        self.rows[t].name = topic.to_string();
        self.topic_ids.insert(topic.to_string(), t);
        t
    }

    fn release_if_empty(&mut self, t: usize) {
        if self.rows[t].members.is_empty() {
            let name = std::mem::take(&mut self.rows[t].name);
            self.topic_ids.remove(&name);
            self.free_rows.push(t);
        }
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.conns.contains_key(&conn) {
            return false;
        }
        let t = self.intern(topic);
        let row = self.conns.get_mut(&conn).unwrap();
        if row.topics.insert(t, ()).is_some() {
            return false;
        }
        self.rows[t].members.insert(conn, ());
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let t = match self.topic_ids.get(topic) {
            Some(&t) => t,
            None => return false,
        };
        let removed = match self.conns.get_mut(&conn) {
            Some(row) => row.topics.remove(&t).is_some(),
            None => false,
        };
        if removed {
            self.rows[t].members.remove(&conn);
            self.release_if_empty(t);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let row = match self.conns.remove(&conn) {
            Some(r) => r,
            None => return false,
        };
        for (&t, _) in row.topics.iter() {
            self.rows[t].members.remove(&conn);
            self.release_if_empty(t);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let t = match self.topic_ids.get(topic) {
            Some(&t) => t,
            None => return 0,
        };
        let m: Rc<str> = msg.into();
        let members = &self.rows[t].members;
        for (c, _) in members.iter() {
            self.conns.get_mut(c).unwrap().inbox.push(m.clone());
        }
        members.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let Some(row) = self.conns.get_mut(&conn) else { return vec![] };
        let msgs = std::mem::take(&mut row.inbox);
        let mut out = Vec::with_capacity(msgs.len());
        for m in msgs {
            out.push(m.to_string());
        }
        out
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let Some(&t) = self.topic_ids.get(topic) else { return vec![] };
        let mut v: Vec<ConnId> = self.rows[t].members.keys().copied().collect();
        v.sort();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.topic_ids.len()
    }
}
