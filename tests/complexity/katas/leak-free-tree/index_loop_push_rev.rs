// learner: optimal
// idiom: plain imperative: while-let walk with an Option cursor, push then reverse, Drop using Rc::into_inner and an index-free stack
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent_link: Weak<RefCell<Node<T>>>,
    child_list: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack = std::mem::replace(&mut self.child_list, Vec::new());
        while !stack.is_empty() {
            let top = stack.pop().unwrap();
            if let Some(cell) = Rc::into_inner(top) {
                let mut n = cell.into_inner();
                let grandkids = std::mem::replace(&mut n.child_list, Vec::new());
                for g in grandkids {
                    stack.push(g);
                }
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    let n = Node { value: value, parent_link: Weak::new(), child_list: Vec::new() };
    Rc::new(RefCell::new(n))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = new_node(value);
    kid.borrow_mut().parent_link = Rc::downgrade(parent);
    parent.borrow_mut().child_list.push(kid.clone());
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let n = node.borrow();
    n.parent_link.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let n = node.borrow();
    let mut out = Vec::with_capacity(n.child_list.len());
    for i in 0..n.child_list.len() {
        out.push(Rc::clone(&n.child_list[i]));
    }
    out
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut values = Vec::new();
    let mut cursor = Some(Rc::clone(node));
    while let Some(n) = cursor {
        values.push(n.borrow().value.clone());
        cursor = parent(&n);
    }
    values.reverse();
    values
}
