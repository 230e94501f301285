use crate::Rng;
use plugin_pipeline::{Pipeline, Record, Transform};

struct Bump(String);
impl Transform for Bump {
    fn name(&self) -> &str {
        &self.0
    }
    fn apply(&self, record: &mut Record) -> Result<(), String> {
        if let Some(v) = record.get_mut("n") {
            v.push('.');
        }
        Ok(())
    }
}

pub struct Input {
    plugins: Vec<(i32, Box<dyn Transform>)>,
}

/// n plugins with distinct names and shuffled order keys.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut orders: Vec<i32> = (0..n as i32).collect();
    rng.shuffle(&mut orders);
    let plugins = orders
        .into_iter()
        .map(|o| (o, Box::new(Bump(format!("client-plugin-{o}"))) as Box<dyn Transform>))
        .collect();
    Input { plugins }
}

/// Registers all n plugins, runs one record through them, then removes half.
pub fn run(input: Input) -> u64 {
    let mut p = Pipeline::new();
    let names = input.plugins.len();
    for (order, plugin) in input.plugins {
        let _ = p.register(order, plugin);
    }
    let mut record = Record::new();
    record.insert("n".to_string(), String::new());
    let ran = p.run(record).map(|r| r["n"].len() as u64).unwrap_or(0);
    // Then every other plugin is removed by name: n/2 removals from ~n.
    let mut removed = 0;
    for o in (0..names as i32).step_by(2) {
        removed += p.remove(&format!("client-plugin-{o}")) as u64;
    }
    ran + removed
}
