// learner: optimal
// idiom: C-style with private impl helpers, depth counted first then filled back-to-front into a preallocated buffer
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent_link: Weak<RefCell<Node<T>>>,
    child_list: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn up(&self) -> Option<NodeRef<T>> {
        self.parent_link.upgrade()
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent_link: Weak::new(), child_list: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let node = new_node(value);
    node.borrow_mut().parent_link = Rc::downgrade(parent);
    parent.borrow_mut().child_list.push(Rc::clone(&node));
    node
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let guard = node.borrow();
    guard.up()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().child_list.clone()
}

fn depth_of<T>(node: &NodeRef<T>) -> usize {
    let mut d = 1usize;
    let mut cur = parent(node);
    while let Some(p) = cur {
        d += 1;
        cur = parent(&p);
    }
    d
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let d = depth_of(node);
    let mut slots: Vec<Option<T>> = Vec::with_capacity(d);
    slots.resize_with(d, || None);
    let mut idx = d;
    let mut cur = Some(Rc::clone(node));
    while let Some(n) = cur {
        idx -= 1;
        slots[idx] = Some(n.borrow().value.clone());
        cur = parent(&n);
    }
    let mut out = Vec::with_capacity(d);
    for s in slots {
        if let Some(v) = s {
            out.push(v);
        }
    }
    out
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work = std::mem::take(&mut self.child_list);
        while !work.is_empty() {
            let rc = work.pop().unwrap();
            match Rc::try_unwrap(rc) {
                Ok(cell) => {
                    let mut n = cell.into_inner();
                    let grandkids = std::mem::take(&mut n.child_list);
                    work.extend(grandkids);
                }
                Err(_still_shared) => {}
            }
        }
    }
}
