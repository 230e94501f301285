// learner: optimal
// idiom: Java-style Connection struct with getters/mutators, two indexes (topic -> HashSet, conn -> Connection), Rc<str> shared per publish, many small private helpers
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Connection {
    topics: HashSet<String>,
    outbox: VecDeque<Rc<str>>,
}

impl Connection {
    fn add_topic(&mut self, topic: &str) -> bool {
        self.topics.insert(topic.to_string())
    }

    fn remove_topic(&mut self, topic: &str) -> bool {
        self.topics.remove(topic)
    }

    fn get_topics(&self) -> &HashSet<String> {
        &self.topics
    }

    fn enqueue(&mut self, msg: Rc<str>) {
        self.outbox.push_back(msg);
    }

    fn take_outbox(&mut self) -> Vec<String> {
        self.outbox.drain(..).map(|m| m.to_string()).collect()
    }
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    connections: HashMap<ConnId, Connection>,
    topic_members: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.allocate_id();
        self.connections.insert(id, Connection::default());
        id
    }

    fn allocate_id(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.connections.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let connection = match self.connections.get_mut(&conn) {
            Some(c) => c,
            None => return false,
        };
        if !connection.add_topic(topic) {
            return false;
        }
        self.topic_members.entry(topic.to_string()).or_default().insert(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = match self.connections.get_mut(&conn) {
            Some(c) => c.remove_topic(topic),
            None => false,
        };
        if removed {
            self.detach_member(topic, conn);
        }
        removed
    }

    fn detach_member(&mut self, topic: &str, conn: ConnId) {
        let now_empty = match self.topic_members.get_mut(topic) {
            Some(members) => {
                members.remove(&conn);
                members.is_empty()
            }
            None => false,
        };
        if now_empty {
            self.topic_members.remove(topic);
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let connection = match self.connections.remove(&conn) {
            Some(c) => c,
            None => return false,
        };
        for topic in connection.get_topics() {
            self.detach_member(topic, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let members = match self.topic_members.get(topic) {
            Some(m) => m,
            None => return 0,
        };
        let shared: Rc<str> = Rc::from(msg);
        let mut delivered = 0;
        for id in members {
            if let Some(c) = self.connections.get_mut(id) {
                c.enqueue(Rc::clone(&shared));
                delivered += 1;
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.connections.get_mut(&conn) {
            Some(c) => c.take_outbox(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = match self.topic_members.get(topic) {
            Some(m) => m.iter().copied().collect(),
            None => Vec::new(),
        };
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.topic_members.len()
    }
}
