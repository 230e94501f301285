// learner: optimal
// idiom: topics interned to numeric ids (name -> id map, per-id subscriber sets, free list for reuse), connections keep Vec of topic ids; match-heavy
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

type TopicId = usize;

#[derive(Debug)]
struct Topic {
    name: String,
    subs: HashSet<ConnId>,
}

#[derive(Debug, Default)]
struct Client {
    topics: HashSet<TopicId>,
    inbox: Vec<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    clients: HashMap<ConnId, Client>,
    names: HashMap<String, TopicId>,
    topics: Vec<Option<Topic>>,
    free: Vec<TopicId>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.clients.insert(id, Client::default());
        self.next_id += 1;
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.clients.contains_key(&conn)
    }

    fn intern(&mut self, name: &str) -> TopicId {
        if let Some(&tid) = self.names.get(name) {
            return tid;
        }
        let topic = Topic { name: name.to_owned(), subs: HashSet::new() };
        let tid = match self.free.pop() {
            Some(tid) => {
                self.topics[tid] = Some(topic);
                tid
            }
            None => {
                self.topics.push(Some(topic));
                self.topics.len() - 1
            }
        };
        self.names.insert(name.to_owned(), tid);
        tid
    }

    fn leave(&mut self, conn: ConnId, tid: TopicId) {
        let empty = match self.topics[tid].as_mut() {
            Some(t) => {
                t.subs.remove(&conn);
                t.subs.is_empty()
            }
            None => false,
        };
        if empty {
            if let Some(t) = self.topics[tid].take() {
                self.names.remove(&t.name);
            }
            self.free.push(tid);
        }
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.clients.contains_key(&conn) {
            return false;
        }
        let existing = self.names.get(topic).copied();
        match existing {
            Some(tid) if self.clients[&conn].topics.contains(&tid) => false,
            _ => {
                let tid = self.intern(topic);
                self.clients.get_mut(&conn).unwrap().topics.insert(tid);
                if let Some(t) = self.topics[tid].as_mut() {
                    t.subs.insert(conn);
                }
                true
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let tid = match self.names.get(topic) {
            Some(&tid) => tid,
            None => return false,
        };
        let removed = match self.clients.get_mut(&conn) {
            Some(c) => c.topics.remove(&tid),
            None => false,
        };
        match removed {
            true => {
                self.leave(conn, tid);
                true
            }
            false => false,
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.clients.remove(&conn) {
            None => false,
            Some(c) => {
                for tid in c.topics {
                    self.leave(conn, tid);
                }
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let tid = match self.names.get(topic) {
            Some(&tid) => tid,
            None => return 0,
        };
        let subs = match &self.topics[tid] {
            Some(t) => &t.subs,
            None => return 0,
        };
        let m: Rc<str> = Rc::from(msg);
        let mut sent = 0usize;
        for id in subs {
            match self.clients.get_mut(id) {
                Some(c) => {
                    c.inbox.push(m.clone());
                    sent += 1;
                }
                None => {}
            }
        }
        sent
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.clients.get_mut(&conn) {
            Some(c) => c.inbox.drain(..).map(|m| String::from(&*m)).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out = match self.names.get(topic).and_then(|&tid| self.topics[tid].as_ref()) {
            Some(t) => t.subs.iter().copied().collect::<Vec<_>>(),
            None => vec![],
        };
        out.sort_unstable();
        out
    }

    pub fn topic_count(&self) -> usize {
        self.names.len()
    }
}
