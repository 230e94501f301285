// learner: optimal
// idiom: Haskell-flavoured: newtype Topic(Rc<str>), shared Rc<str> messages in VecDeque outboxes, fold for fan-out, match-heavy
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Topic(Rc<str>);

#[derive(Debug, Default)]
struct Session {
    follows: HashSet<Topic>,
    pending: VecDeque<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    sessions: HashMap<ConnId, Session>,
    audience: HashMap<Topic, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.sessions.insert(id, Session::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.sessions.contains_key(&conn)
    }

    fn key(topic: &str) -> Topic {
        Topic(Rc::from(topic))
    }

    fn forget(audience: &mut HashMap<Topic, HashSet<ConnId>>, topic: &Topic, conn: ConnId) {
        let drop_topic = match audience.get_mut(topic) {
            Some(set) => set.remove(&conn) && set.is_empty(),
            None => false,
        };
        if drop_topic {
            audience.remove(topic);
        }
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.sessions.get_mut(&conn) {
            None => false,
            Some(s) => {
                let t = Self::key(topic);
                match s.follows.insert(t.clone()) {
                    false => false,
                    true => self.audience.entry(t).or_default().insert(conn),
                }
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let t = Self::key(topic);
        match self.sessions.get_mut(&conn).map(|s| s.follows.remove(&t)) {
            Some(true) => {
                Self::forget(&mut self.audience, &t, conn);
                true
            }
            _ => false,
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.sessions.remove(&conn) {
            None => false,
            Some(Session { follows, .. }) => {
                follows.iter().for_each(|t| Self::forget(&mut self.audience, t, conn));
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let sessions = &mut self.sessions;
        match self.audience.get(&Self::key(topic)) {
            None => 0,
            Some(subs) => {
                let shared: Rc<str> = Rc::from(msg);
                subs.iter().fold(0, |n, id| match sessions.get_mut(id) {
                    Some(s) => {
                        s.pending.push_back(Rc::clone(&shared));
                        n + 1
                    }
                    None => n,
                })
            }
        }
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.sessions.get_mut(&conn) {
            Some(s) => s.pending.drain(..).map(|m| m.to_string()).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self
            .audience
            .get(&Self::key(topic))
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.audience.len()
    }
}
