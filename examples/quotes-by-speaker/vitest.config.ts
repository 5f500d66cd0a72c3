import { consumerConfig } from "../../vitest.shared.js";

export default consumerConfig;
