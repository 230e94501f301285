// learner: optimal
// idiom: Chapel HPC programmer: ids are dense 0..n-1, so connections live in a dense array (Vec<Option<ConnRecord>>) indexed by id; topic index is an associative domain topic -> set of ids; one Rc<str> per publish shared by all outboxes
//! Topic fan-out for a real-time notification server: see README.md.
use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct ConnRecord {
    topics: HashSet<Rc<str>>,
    outbox: VecDeque<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    connArr: Vec<Option<ConnRecord>>,
    topicIdx: HashMap<Rc<str>, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot(&mut self, conn: ConnId) -> Option<&mut ConnRecord> {
        self.connArr.get_mut(conn as usize).and_then(|c| c.as_mut())
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.connArr.push(Some(ConnRecord::default()));
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        matches!(self.connArr.get(conn as usize), Some(Some(_)))
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let key: Rc<str> = match self.topicIdx.get_key_value(topic) {
            Some((k, _)) => Rc::clone(k),
            None => Rc::from(topic),
        };
        let Some(rec) = self.slot(conn) else { return false };
        if !rec.topics.insert(Rc::clone(&key)) {
            return false;
        }
        self.topicIdx.entry(key).or_default().insert(conn);
        true
    }

    fn dropFromTopic(&mut self, topic: &str, conn: ConnId) {
        let mut nowEmpty = false;
        if let Some(members) = self.topicIdx.get_mut(topic) {
            members.remove(&conn);
            nowEmpty = members.is_empty();
        }
        if nowEmpty {
            self.topicIdx.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(rec) = self.slot(conn) else { return false };
        if !rec.topics.remove(topic) {
            return false;
        }
        self.dropFromTopic(topic, conn);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let rec = match self.connArr.get_mut(conn as usize).and_then(|c| c.take()) {
            Some(r) => r,
            None => return false,
        };
        for t in rec.topics.iter() {
            self.dropFromTopic(t, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let members = match self.topicIdx.get(topic) {
            Some(m) => m,
            None => return 0,
        };
        let shared: Rc<str> = Rc::from(msg);
        for &c in members.iter() {
            if let Some(Some(rec)) = self.connArr.get_mut(c as usize) {
                rec.outbox.push_back(Rc::clone(&shared));
            }
        }
        members.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.slot(conn) {
            Some(rec) => rec.outbox.drain(..).map(|m| m.to_string()).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = match self.topicIdx.get(topic) {
            Some(m) => m.iter().copied().collect(),
            None => Vec::new(),
        };
        ids.sort();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.topicIdx.len()
    }
}
