// learner: slow
// why: add_child is O(k) time (k = children of the parent), target O(1): walks the next_sibling chain to its end on every append
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent_link: Weak<RefCell<Node<T>>>,
    first: Option<NodeRef<T>>,
    next: Option<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack: Vec<NodeRef<T>> = self.first.take().into_iter().chain(self.next.take()).collect();
        while let Some(rc) = stack.pop() {
            if let Ok(cell) = Rc::try_unwrap(rc) {
                let mut n = cell.into_inner();
                stack.extend(n.first.take());
                stack.extend(n.next.take());
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent_link: Weak::new(), first: None, next: None }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node {
        value,
        parent_link: Rc::downgrade(parent),
        first: None,
        next: None,
    }));
    let head = parent.borrow().first.clone();
    match head {
        None => parent.borrow_mut().first = Some(child.clone()),
        Some(mut cur) => {
            loop {
                let nxt = cur.borrow().next.clone();
                match nxt {
                    Some(n) => cur = n,
                    None => break,
                }
            }
            cur.borrow_mut().next = Some(child.clone());
        }
    }
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent_link.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let mut out = Vec::new();
    let mut cur = node.borrow().first.clone();
    while let Some(c) = cur {
        cur = c.borrow().next.clone();
        out.push(c);
    }
    out
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut out = Vec::new();
    let mut cur = Some(node.clone());
    while let Some(n) = cur {
        out.push(n.borrow().value.clone());
        cur = parent(&n);
    }
    out.reverse();
    out
}
