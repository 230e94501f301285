// learner: optimal
// idiom: topic interning (name -> small id) with a free list, Vec<HashSet<ConnId>> per topic id, VecDeque outboxes
use std::collections::{HashMap, HashSet, VecDeque};

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Client {
    topic_ids: HashSet<usize>,
    queue: VecDeque<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    clients: HashMap<ConnId, Client>,
    topic_id: HashMap<String, usize>,
    topic_name: Vec<String>,
    members: Vec<HashSet<ConnId>>,
    free_topic_ids: Vec<usize>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn intern(&mut self, topic: &str) -> usize {
        if let Some(&t) = self.topic_id.get(topic) {
            return t;
        }
        let t = if let Some(t) = self.free_topic_ids.pop() {
            self.topic_name[t] = topic.to_owned();
            t
        } else {
            self.topic_name.push(topic.to_owned());
            self.members.push(HashSet::new());
            self.topic_name.len() - 1
        };
        self.topic_id.insert(topic.to_owned(), t);
        t
    }

    fn leave(&mut self, conn: ConnId, t: usize) {
        self.members[t].remove(&conn);
        if self.members[t].is_empty() {
            let name = std::mem::take(&mut self.topic_name[t]);
            self.topic_id.remove(&name);
            self.free_topic_ids.push(t);
        }
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.clients.insert(id, Client::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.clients.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.clients.contains_key(&conn) {
            return false;
        }
        if let Some(&t) = self.topic_id.get(topic) {
            if self.members[t].contains(&conn) {
                return false;
            }
        }
        let t = self.intern(topic);
        self.members[t].insert(conn);
        self.clients.get_mut(&conn).unwrap().topic_ids.insert(t);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let t = match self.topic_id.get(topic) {
            Some(&t) => t,
            None => return false,
        };
        let had = match self.clients.get_mut(&conn) {
            Some(c) => c.topic_ids.remove(&t),
            None => false,
        };
        if had {
            self.leave(conn, t);
        }
        had
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.clients.remove(&conn) {
            None => false,
            Some(client) => {
                for t in client.topic_ids {
                    self.leave(conn, t);
                }
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let t = match self.topic_id.get(topic) {
            Some(&t) => t,
            None => return 0,
        };
        for id in self.members[t].iter() {
            if let Some(c) = self.clients.get_mut(id) {
                c.queue.push_back(msg.to_owned());
            }
        }
        self.members[t].len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.clients
            .get_mut(&conn)
            .map(|c| c.queue.drain(..).collect())
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out: Vec<ConnId> = match self.topic_id.get(topic) {
            Some(&t) => self.members[t].iter().cloned().collect(),
            None => Vec::new(),
        };
        out.sort_unstable();
        out
    }

    pub fn topic_count(&self) -> usize {
        self.topic_id.len()
    }
}
