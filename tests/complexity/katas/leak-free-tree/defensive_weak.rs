// learner: optimal
// idiom: defensive beginner: explicit matches on upgrade/try_unwrap, early returns, mem::take/mem::replace in Drop
use std::cell::RefCell;
use std::mem;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent_link: Option<Weak<RefCell<Node<T>>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        if self.children.is_empty() {
            return;
        }
        let mut to_free: Vec<NodeRef<T>> = mem::take(&mut self.children);
        loop {
            let next = match to_free.pop() {
                Some(n) => n,
                None => break,
            };
            match Rc::try_unwrap(next) {
                Ok(cell) => {
                    let mut node = cell.into_inner();
                    let grandchildren = mem::replace(&mut node.children, Vec::new());
                    for g in grandchildren {
                        to_free.push(g);
                    }
                    // `node` is dropped here with no children left
                }
                Err(_still_shared) => {
                    // someone else still holds it; it stays alive with its subtree
                }
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    let node = Node { value, parent_link: None, children: Vec::new() };
    Rc::new(RefCell::new(node))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let link = Rc::downgrade(parent);
    let node = Node { value, parent_link: Some(link), children: Vec::new() };
    let child = Rc::new(RefCell::new(node));
    let handle = Rc::clone(&child);
    parent.borrow_mut().children.push(child);
    handle
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let borrowed = node.borrow();
    let link = match &borrowed.parent_link {
        Some(l) => l,
        None => return None,
    };
    match link.upgrade() {
        Some(p) => Some(p),
        None => None,
    }
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let borrowed = node.borrow();
    let mut out = Vec::with_capacity(borrowed.children.len());
    for c in borrowed.children.iter() {
        out.push(Rc::clone(c));
    }
    out
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut reversed: Vec<T> = Vec::new();
    let mut current: NodeRef<T> = Rc::clone(node);
    loop {
        reversed.push(current.borrow().value.clone());
        let up = match parent(&current) {
            Some(p) => p,
            None => break,
        };
        current = up;
    }
    reversed.reverse();
    reversed
}
