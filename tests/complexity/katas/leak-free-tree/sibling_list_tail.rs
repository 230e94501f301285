// learner: optimal
// idiom: systems (C-style intrusive list): first_child / next_sibling owning links + Weak last_child tail for O(1) append, manual index swap reverse, loop/break Drop
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;
type WeakRef<T> = Weak<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: WeakRef<T>,
    first_child: Option<NodeRef<T>>,
    last_child: WeakRef<T>,
    next_sibling: Option<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        // Both owning links (down and right) go on one work stack.
        let mut work: Vec<NodeRef<T>> = Vec::new();
        if let Some(c) = self.first_child.take() {
            work.push(c);
        }
        if let Some(s) = self.next_sibling.take() {
            work.push(s);
        }
        loop {
            let rc = match work.pop() {
                Some(rc) => rc,
                None => break,
            };
            let cell = match Rc::try_unwrap(rc) {
                Ok(cell) => cell,
                Err(_) => continue, // someone else still holds it
            };
            let mut n = cell.into_inner();
            if let Some(c) = n.first_child.take() {
                work.push(c);
            }
            if let Some(s) = n.next_sibling.take() {
                work.push(s);
            }
        }
    }
}

fn alloc<T>(value: T, up: WeakRef<T>) -> NodeRef<T> {
    Rc::new(RefCell::new(Node {
        value,
        up,
        first_child: None,
        last_child: Weak::new(),
        next_sibling: None,
    }))
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    alloc(value, Weak::new())
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = alloc(value, Rc::downgrade(parent));
    let mut p = parent.borrow_mut();
    match p.last_child.upgrade() {
        Some(tail) => tail.borrow_mut().next_sibling = Some(Rc::clone(&child)),
        None => p.first_child = Some(Rc::clone(&child)),
    }
    p.last_child = Rc::downgrade(&child);
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let mut out = Vec::new();
    let mut cur = node.borrow().first_child.clone();
    while let Some(c) = cur {
        cur = c.borrow().next_sibling.clone();
        out.push(c);
    }
    out
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    let mut at = Rc::clone(node);
    loop {
        out.push(at.borrow().value.clone());
        let up = at.borrow().up.upgrade();
        match up {
            Some(p) => at = p,
            None => break,
        }
    }
    // reverse in place, two indices
    let len = out.len();
    let mut i = 0usize;
    while i < len / 2 {
        out.swap(i, len - 1 - i);
        i += 1;
    }
    out
}
