// learner: optimal
// idiom: topics interned to slot indices with a free list, Vec<Option<Topic>>, VecDeque<Rc<str>> outboxes, match-heavy
//! Topic fan-out for a real-time notification server: see README.md.
//! Topic names are interned to small integers; subscriber sets live in a slot Vec.

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

type TopicSlot = usize;

#[derive(Debug, Default)]
struct Topic {
    name: String,
    members: HashSet<ConnId>,
}

#[derive(Debug, Default)]
struct Session {
    follows: HashSet<TopicSlot>,
    pending: VecDeque<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    sessions: HashMap<ConnId, Session>,
    slot_of: HashMap<String, TopicSlot>,
    slots: Vec<Option<Topic>>,
    free_slots: Vec<TopicSlot>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot_for(&mut self, name: &str) -> TopicSlot {
        if let Some(&s) = self.slot_of.get(name) {
            return s;
        }
        let topic = Topic { name: name.to_string(), members: HashSet::new() };
        let s = match self.free_slots.pop() {
            Some(s) => {
                self.slots[s] = Some(topic);
                s
            }
            None => {
                self.slots.push(Some(topic));
                self.slots.len() - 1
            }
        };
        self.slot_of.insert(name.to_string(), s);
        s
    }

    fn leave(&mut self, slot: TopicSlot, conn: ConnId) {
        let emptied = match self.slots[slot].as_mut() {
            Some(t) => {
                t.members.remove(&conn);
                t.members.is_empty()
            }
            None => false,
        };
        if emptied {
            if let Some(t) = self.slots[slot].take() {
                self.slot_of.remove(&t.name);
            }
            self.free_slots.push(slot);
        }
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

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.sessions.contains_key(&conn) {
            return false;
        }
        if let Some(&s) = self.slot_of.get(topic) {
            if self.sessions[&conn].follows.contains(&s) {
                return false;
            }
        }
        let s = self.slot_for(topic);
        self.slots[s].as_mut().unwrap().members.insert(conn);
        self.sessions.get_mut(&conn).unwrap().follows.insert(s);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(&s) = self.slot_of.get(topic) else { return false };
        let was_following = match self.sessions.get_mut(&conn) {
            Some(sess) => sess.follows.remove(&s),
            None => false,
        };
        if was_following {
            self.leave(s, conn);
        }
        was_following
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.sessions.remove(&conn) {
            None => false,
            Some(sess) => {
                for s in sess.follows {
                    self.leave(s, conn);
                }
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let slot = match self.slot_of.get(topic) {
            Some(&s) => s,
            None => return 0,
        };
        let members = match &self.slots[slot] {
            Some(t) => &t.members,
            None => return 0,
        };
        let body: Rc<str> = msg.into();
        let mut delivered = 0;
        for conn in members {
            if let Some(sess) = self.sessions.get_mut(conn) {
                sess.pending.push_back(body.clone());
                delivered += 1;
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.sessions.get_mut(&conn) {
            Some(sess) => sess.pending.drain(..).map(|m| String::from(&*m)).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = match self.slot_of.get(topic).and_then(|&s| self.slots[s].as_ref()) {
            Some(t) => t.members.iter().cloned().collect(),
            None => vec![],
        };
        v.sort();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.slot_of.len()
    }
}
